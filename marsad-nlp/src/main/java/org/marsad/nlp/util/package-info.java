/** Small helpers shared by the packages of marsad-nlp (resource lists). */
package org.marsad.nlp.util;
