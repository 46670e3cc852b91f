// The public surface of the topic tree as editors curate it.
export {
  createTopic,
  deleteTopic,
  mergeTopics,
  moveTopic,
  renameTopic,
  topicOptions,
  topicTree,
  type TopicNode,
} from "./queries/topics-admin";
