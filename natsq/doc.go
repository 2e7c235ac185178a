// Package natsq is the work queue between "litopys ingest --queue" and
// stateless "litopys worker"s: a NATS JetStream stream with work-queue
// retention that holds each Item until a worker acknowledges it.
//
// Publishing sets the message ID to the item's content identity, so the
// same item published twice within the stream's duplicate window is stored
// once. Workers share one durable pull consumer with explicit acks; an item
// whose handling fails is redelivered up to MaxDeliver times and then
// published, with the reason, to the dead-letter subject (kept in a stream
// of its own) and terminated.
package natsq
