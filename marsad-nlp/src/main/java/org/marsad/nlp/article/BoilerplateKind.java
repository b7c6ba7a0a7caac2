package org.marsad.nlp.article;

/** Why a line was taken out of the body. JSON writes these as lower-case names. */
public enum BoilerplateKind {
  PROMO, URL, PHONE, SOCIAL, RELATED, BYLINE, COPYRIGHT, NAVIGATION, OTHER
}
