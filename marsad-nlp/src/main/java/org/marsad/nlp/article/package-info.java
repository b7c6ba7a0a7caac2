/** Plain data types of an analysed article: the record every later layer reads. */
package org.marsad.nlp.article;
