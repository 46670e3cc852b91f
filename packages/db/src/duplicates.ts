// The public surface of duplicate handling: candidate pairs, dismissing, merging and unmerging.
export {
  countOpenCandidates,
  dismissCandidate,
  findPractices,
  getCandidate,
  listOpenCandidates,
  mergedValues,
  mergePractices,
  unmergePractice,
  type CandidateRow,
  type MergeChoices,
  type MergeParams,
  type PracticeMatch,
} from "./queries/duplicates";
