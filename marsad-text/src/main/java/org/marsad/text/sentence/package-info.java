/** Sentence splitting aware of Arabic punctuation and quotations. */
package org.marsad.text.sentence;
