/**
 * The ingest pipeline: read → analyse → dedup by content id → store, with analysis spread over
 * worker threads behind a bounded queue, periodic commits, quarantine of unreadable input and
 * progress reporting. The CLI's {@code marsad ingest} is a thin shell around {@link org.marsad.app.pipeline.IngestPipeline}.
 */
package org.marsad.app.pipeline;
