// The public surface of duplicate handling: candidate pairs, dismissing, merging and unmerging.
export { dismissCandidate, findPractices, getCandidate, type PracticeMatch } from "./queries/duplicates";
export {
  mergedValues,
  mergePractices,
  unmergePractice,
  type MergeChoices,
  type MergeParams,
} from "./queries/practice-merge";
export {
  countOpenCandidates,
  dismissCandidatesBelow,
  listOpenCandidates,
  openCandidatesBelow,
  openPairsByInstitution,
  type CandidateRow,
  type QueueFilter,
} from "./queries/duplicate-queue";
