package org.marsad.nlp.quote;

/** A quotation found before its speaker is resolved: offsets, kind and frame. */
record Found(int start, int end, boolean direct, Frame frame) {}
