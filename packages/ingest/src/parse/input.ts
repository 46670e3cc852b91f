import { createHash } from "node:crypto";

/** The content of one input: the whole text or bytes, or a stream of chunks (a file, an upload). */
export type ImportContent = string | Uint8Array | AsyncIterable<Uint8Array | string>;

/** One file to import: its name (recorded with the batch) and its content. */
export interface ImportInput {
  name: string;
  content: ImportContent;
  /** Size in bytes when known, for progress. */
  size?: number;
}

/** The input's bytes are not UTF-8. */
export class DecodeError extends Error {}

/** Decoded text of an input, chunk by chunk; the digest is ready once the chunks are consumed. */
export interface TextStream {
  chunks: AsyncIterable<string>;
  digest(): { sha256: string; bytes: number };
}

/**
 * Streams an input as UTF-8 text (a BOM is dropped) while hashing its bytes, so a large file is
 * never held whole. `onBytes` reports progress.
 */
export function readText(content: ImportContent, onBytes: (bytes: number) => void = () => {}): TextStream {
  const hash = createHash("sha256");
  let bytes = 0;
  let finished = false;
  let result: { sha256: string; bytes: number } | null = null;

  async function* chunks(): AsyncGenerator<string> {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const decode = (chunk: Uint8Array, stream: boolean): string => {
      try {
        return decoder.decode(chunk, { stream });
      } catch {
        throw new DecodeError("is not UTF-8 text; save it as UTF-8 and try again");
      }
    };
    if (typeof content === "string") {
      hash.update(content, "utf8");
      bytes = Buffer.byteLength(content, "utf8");
      onBytes(bytes);
      yield content.replace(/^\ufeff/, "");
    } else if (content instanceof Uint8Array) {
      hash.update(content);
      bytes = content.byteLength;
      onBytes(bytes);
      yield decode(content, false);
    } else {
      for await (const chunk of content) {
        if (typeof chunk === "string") {
          hash.update(chunk, "utf8");
          bytes += Buffer.byteLength(chunk, "utf8");
          onBytes(bytes);
          yield bytes === Buffer.byteLength(chunk, "utf8") ? chunk.replace(/^\ufeff/, "") : chunk;
        } else {
          hash.update(chunk);
          bytes += chunk.byteLength;
          onBytes(bytes);
          const text = decode(chunk, true);
          if (text) yield text;
        }
      }
      const tail = decode(new Uint8Array(0), false);
      if (tail) yield tail;
    }
    finished = true;
  }

  return {
    chunks: chunks(),
    digest() {
      if (!finished) throw new Error("The input has not been read to its end.");
      result ??= { sha256: hash.digest("hex"), bytes };
      return result;
    },
  };
}
