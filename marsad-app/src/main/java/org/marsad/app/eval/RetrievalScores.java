package org.marsad.app.eval;

/** Mean retrieval figures of one analyser over the judged queries of a collection. */
public record RetrievalScores(double mrr10, double recall1, double recall10, double ndcg10, int queries) {}
