// The public surface of the topic tree as editors curate it.
export { createTopic, deleteTopic, mergeTopics, moveTopic, renameTopic } from "./queries/topics-admin";
export { topicOptions, topicTree, type TopicNode } from "./queries/topic-tree";
