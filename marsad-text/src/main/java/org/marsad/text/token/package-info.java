/** Tokenisation of news text into words, numbers, URLs, hashtags and punctuation with offsets. */
package org.marsad.text.token;
