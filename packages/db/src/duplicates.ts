// The public surface of duplicate handling: candidate pairs, dismissing, merging and unmerging.
export {
  dismissCandidate,
  findPractices,
  getCandidate,
  mergedValues,
  mergePractices,
  unmergePractice,
  type MergeChoices,
  type MergeParams,
  type PracticeMatch,
} from "./queries/duplicates";
export {
  countOpenCandidates,
  dismissCandidatesBelow,
  listOpenCandidates,
  openCandidatesBelow,
  openPairsByInstitution,
  type CandidateRow,
  type QueueFilter,
} from "./queries/duplicate-queue";
