package org.marsad.text.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicLightStemFilter}.
 *
 * <pre class="prettyprint">
 * &lt;filter name="marsadArabicLightStem" keepOriginal="true" alternatives="true"/&gt;</pre>
 *
 * {@code keepOriginal} (default false) keeps each word next to its stem; {@code alternatives}
 * (default false) also emits the second reading of words starting with a bare ب ك ل ف; see
 * {@link ArabicLightStemFilter}.
 *
 * @lucene.spi {@value #NAME}
 */
public class ArabicLightStemFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "marsadArabicLightStem";

  private final boolean keepOriginal;
  private final boolean alternatives;

  public ArabicLightStemFilterFactory(Map<String, String> args) {
    super(args);
    keepOriginal = getBoolean(args, "keepOriginal", false);
    alternatives = getBoolean(args, "alternatives", false);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI. */
  public ArabicLightStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicLightStemFilter(input, keepOriginal, alternatives);
  }
}
