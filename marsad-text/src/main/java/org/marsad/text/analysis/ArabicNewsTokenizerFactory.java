package org.marsad.text.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link ArabicNewsTokenizer}.
 *
 * <pre class="prettyprint">
 * &lt;tokenizer name="marsadNews"/&gt;</pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class ArabicNewsTokenizerFactory extends TokenizerFactory {
  /** SPI name. */
  public static final String NAME = "marsadNews";

  public ArabicNewsTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default ctor for compatibility with SPI. */
  public ArabicNewsTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public ArabicNewsTokenizer create(AttributeFactory factory) {
    return new ArabicNewsTokenizer(factory);
  }
}
