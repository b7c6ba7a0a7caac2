package org.marsad.text.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicMatchNormalizationFilter}.
 *
 * <pre class="prettyprint">
 * &lt;filter name="marsadArabicNormalization"/&gt;</pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class ArabicMatchNormalizationFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "marsadArabicNormalization";

  public ArabicMatchNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI. */
  public ArabicMatchNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicMatchNormalizationFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new ArabicMatchNormalizationFilter(input, false);
  }
}
