package org.marsad.text.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicSpellingVariantFilter}.
 *
 * <pre class="prettyprint">
 * &lt;filter name="marsadArabicSpellingVariants"/&gt;</pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class ArabicSpellingVariantFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "marsadArabicSpellingVariants";

  public ArabicSpellingVariantFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI. */
  public ArabicSpellingVariantFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicSpellingVariantFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
