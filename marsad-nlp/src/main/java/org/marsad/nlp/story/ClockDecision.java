package org.marsad.nlp.story;

import java.util.List;

/**
 * What placing one article decided about the clocks: whether it was late (it moved the late clock, not the newest)
 * and the events its clock closed, by creation number in closing order. The journal records it (version 3, session
 * 25), so that a replay applies it instead of deciding it again under the reading build's rules.
 */
record ClockDecision(boolean late, List<Integer> closed) {
  /** An article that moved no clock (neither newer than the newest nor late), or moved one and closed nothing. */
  static final ClockDecision NONE = new ClockDecision(false, List.of());

  ClockDecision {
    closed = List.copyOf(closed);
  }
}
