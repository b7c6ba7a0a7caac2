/**
 * Topic classification into Marsad's product taxonomy ({@link org.marsad.nlp.topic.TopicLabel}):
 * feature extraction, an OpenNLP document categoriser (training and run time), a multinomial
 * naive-Bayes baseline, and the pipeline step that sets {@code Article.topic}.
 */
package org.marsad.nlp.topic;
