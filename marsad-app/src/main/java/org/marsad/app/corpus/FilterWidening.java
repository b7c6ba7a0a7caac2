package org.marsad.app.corpus;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.store.query.MarsadQueryParser;

/**
 * The loop the query-widening steps share: each unit of the query (as the parser reads it) that is a
 * filter of {@code filter}'s shape (group 1 its sign) is followed by the filters {@code added} gives
 * for it, {@code OR}-ed to an included one ({@code OR} binds tighter than the implicit AND) and each
 * excluded after an excluded one ({@code -f:X} or {@code NOT f:X}: an excluded term cannot be part of
 * an OR). A filter already {@code present} is not added again, so widening twice changes nothing, and
 * nothing is added past the parser's part limit ({@link MarsadQueryParser#MAX_PARTS}).
 */
final class FilterWidening {
  private FilterWidening() {}

  static String widen(String query, List<int[]> units, Pattern filter, Set<String> present, Function<Matcher, List<String>> added) {
    int budget = MarsadQueryParser.MAX_PARTS - QueryUnits.parts(query);
    StringBuilder out = new StringBuilder();
    int last = 0;
    boolean afterNot = false;
    for (int[] u : units) {
      String unit = query.substring(u[0], u[1]);
      out.append(query, last, u[1]);
      last = u[1];
      Matcher m = filter.matcher(unit);
      if (m.matches()) {
        boolean excluded = afterNot || !m.group(1).isEmpty();
        int cost = excluded ? 1 : 2; // "-field:X", or "OR field:X"
        for (String f : added.apply(m)) {
          if (budget < cost || !present.add(f)) continue;
          out.append(excluded ? " -" : " OR ").append(f);
          budget -= cost;
        }
      }
      afterNot = unit.equals("NOT");
    }
    out.append(query.substring(last));
    return out.toString();
  }
}
