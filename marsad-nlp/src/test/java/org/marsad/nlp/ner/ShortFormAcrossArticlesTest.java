package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * One article's evidence that a short form ({@code X Z}) is the chain it writes ({@code X بن Y Z}) holds for
 * that article only: the short form's other articles, about other men of that name, keep the short form's own
 * entity, whatever order the articles come in, and two chains of one short form do not compete for it.
 * SaudiNewsNet sentences (aljazirah 7055d1ab, 3alyoum d507e417 2015-07-21..25; alriyadh 2015-07-26 and
 * 2015-08-02, alwatan 2015-08-01, okaz 2015-08-09; the texts of the review of lane entities17).
 */
class ShortFormAcrossArticlesTest {
  // the deputy minister of social affairs, full name first
  static final String DEPUTY_MINISTER = "اعتمد وكيل وزارة الشئون الاجتماعية الدكتور عبدالله بن ناصر السدحان، أسماء رئيس وأعضاء مجلس إدارة الجمعية "
      + "التعاونية الاستهلاكية بمحافظة عنيزة. وعبّر الدكتور عبدالله السدحان عن تفاؤله بأن تكون هذه الثقة حافزاً لتقديم المزيد من الجهود لصالح الجمعية.";
  // the actor
  static final String ACTOR = "أكد محمد السنيدي محامي المخرج عامر الحمود، أنه تمت إحالة الحكم ضد الفنانين عبدالله السدحان وناصر القصبي في قضية "
      + "المسلسل التلفزيوني طاش ما طاش، إلى محكمة التنفيذ بعد اكتساب الحكم القطعية.";

  // alriyadh 2015-08-02: the cultural attache, short form only
  static final String ATTACHE_SHORT = "وألقى الملحق الثقافي في سفارة خادم الحرمين الشريفين لدى الولايات المتحدة الأمريكية الدكتور محمد العيسى كلمة "
      + "أثنى فيها على البرنامج ومبادرة مسك الخيرية في الشراكة مع جامعة هارفارد في مجال بناء قادة المستقبل.";
  // alwatan 2015-08-01: a fisherman
  static final String FISHERMAN = "من جانبه، أوضح الصياد محمد العيسى من الجبيل أن موسم العام الماضي لصيد الروبيان في الجبيل خيب آمال الصيادين "
      + "والسبب هو قلة المخزون من الروبيان.";
  // alriyadh 2015-07-26: the family elder, full name first
  static final String ELDER = "احتفلت أسرة العيسى بلقائها السنوي بمناسبة عيد الفطر المبارك، الذي يقام في كل عام لدى عميد الأسرة الشيخ محمد بن حمد "
      + "العيسى، وذلك بحضور عدد من أبناء الأسرة والأقارب والأصدقاء والضيوف. من جهته، زار رئيس بلدية محافظة شقراء م.عبدالله بن عزيز الحربي، "
      + "معايدة لأسرة الجميح، حيث التقى الشيخان محمد وحمد العبدالعزيز الجميح، كما زار الشيخ محمد العيسى، وقام بزيارة معايدة لأسرة البواردي.";
  // okaz 2015-08-09: the attache, full name first
  static final String ATTACHE_FULL = "وقدم الملحق الثقافي بأمريكا، الدكتور محمد بن عبدالله العيسى خلال الحفل شهادات تكريم مقدمة من الملحقية الثقافية "
      + "للطالبات والطلاب، كما قدم دروعا تذكارية تكريما لأولياء أمورهم المرافقين لهم خلال فترة الدراسة. وقدم العيسى درعا خاصة للمشرف على "
      + "برنامج إعداد القادة في جامعة هارفارد، الدكتور مساعد الأحمد. وأشاد الملحق الثقافي، الدكتور محمد العيسى خلال كلمة ألقاها ببرنامج "
      + "ومبادرة مسك الخيرية في الشراكة مع جامعة هارفارد في مجال بناء قادة المستقبل.";

  private static Map<String, Set<String>> idsByText(EntityEnricher enricher, String text) {
    return enricher.entities(text).stream().filter(e -> e.type().equals("PERS"))
        .collect(Collectors.groupingBy(Entity::text, Collectors.mapping(Entity::id, Collectors.toCollection(TreeSet::new))));
  }

  @Test
  void the_deputy_ministers_article_does_not_file_the_actor_under_him_in_either_order() {
    String minister = EntityRegistry.idFor("PERS", "عبدالله بن ناصر السدحان"), shortForm = EntityRegistry.idFor("PERS", "عبدالله السدحان");
    for (List<String> order : List.of(List.of(DEPUTY_MINISTER, ACTOR), List.of(ACTOR, DEPUTY_MINISTER))) {
      EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
      EntityEnricher enricher = new EntityEnricher(NerTagger.defaultTagger(), r);
      Map<String, Map<String, Set<String>>> ids = new java.util.HashMap<>();
      for (String text : order) ids.put(text, idsByText(enricher, text));
      assertThat(ids.get(DEPUTY_MINISTER).get("عبدالله السدحان")).containsExactly(minister); // his own article: him
      assertThat(ids.get(ACTOR).get("عبدالله السدحان")).containsExactly(shortForm);
      assertThat(r.byId(shortForm).get().canonical()).isEqualTo("عبدالله السدحان"); // not merged into the minister
      assertThat(r.byId(minister).get().count()).isEqualTo(2);
    }
  }

  @Test
  void two_chains_of_one_short_form_leave_its_other_articles_alone_in_every_order() {
    String elder = EntityRegistry.idFor("PERS", "محمد بن حمد العيسى"), attache = EntityRegistry.idFor("PERS", "محمد بن عبدالله العيسى");
    String shortForm = EntityRegistry.idFor("PERS", "محمد العيسى");
    Set<String> resolved = new TreeSet<>();
    for (List<String> order : permutations(List.of(ATTACHE_SHORT, FISHERMAN, ELDER, ATTACHE_FULL))) {
      EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
      EntityEnricher enricher = new EntityEnricher(NerTagger.defaultTagger(), r);
      Map<String, Map<String, Set<String>>> ids = new java.util.HashMap<>();
      for (String text : order) ids.put(text, idsByText(enricher, text));
      assertThat(ids.get(ELDER).get("محمد العيسى")).containsExactly(elder);
      assertThat(ids.get(ATTACHE_FULL).get("محمد العيسى")).containsExactly(attache);
      assertThat(ids.get(ATTACHE_SHORT).get("محمد العيسى")).containsExactly(shortForm);
      assertThat(ids.get(FISHERMAN).get("محمد العيسى")).containsExactly(shortForm);
      assertThat(r.byId(elder).get().id()).isNotEqualTo(r.byId(attache).get().id());
      assertThat(r.byId(shortForm).get().count()).isEqualTo(2);
      resolved.add(r.resolve("PERS", "محمد العيسى").get().canonical());
    }
    assertThat(resolved).containsExactly("محمد العيسى"); // two short-only articles against one evidence article each
  }

  private static List<List<String>> permutations(List<String> items) {
    if (items.size() <= 1) return List.of(items);
    List<List<String>> out = new ArrayList<>();
    for (String first : items) {
      List<String> rest = new ArrayList<>(items);
      rest.remove(first);
      for (List<String> p : permutations(rest)) {
        List<String> withFirst = new ArrayList<>(List.of(first));
        withFirst.addAll(p);
        out.add(withFirst);
      }
    }
    return out;
  }
}
