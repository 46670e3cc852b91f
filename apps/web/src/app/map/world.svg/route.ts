import { MAP_HEIGHT, MAP_WIDTH, worldGeometry } from "@/lib/world-map";

// The outlines never change between deployments' data: built once, served as a static, cacheable file.
export const dynamic = "force-static";

/**
 * GET /map/world.svg: every country's outline as an element with the id "c<ISO numeric>", and all
 * of them as "#world". Maps on the pages draw them with <use>, so the geometry is downloaded once.
 */
export function GET(): Response {
  const { shapes, markers } = worldGeometry();
  const body = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">
<defs>
${shapes.map((s) => `<path id="c${s.numeric}" d="${s.d}"/>`).join("\n")}
${markers.map((m) => `<circle id="c${m.numeric}" cx="${m.x}" cy="${m.y}" r="4"/>`).join("\n")}
<g id="world">${shapes.map((s) => `<use href="#c${s.numeric}"/>`).join("")}</g>
</defs>
<use href="#world" fill="#e2e5e1" stroke="#fff" stroke-width="0.5"/>
</svg>
`;
  return new Response(body, { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" } });
}
