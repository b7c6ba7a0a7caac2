package org.marsad.text.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicLightStemFilter}.
 *
 * <pre class="prettyprint">
 * &lt;filter name="marsadArabicLightStem"/&gt;</pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class ArabicLightStemFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "marsadArabicLightStem";

  public ArabicLightStemFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI. */
  public ArabicLightStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicLightStemFilter(input);
  }
}
