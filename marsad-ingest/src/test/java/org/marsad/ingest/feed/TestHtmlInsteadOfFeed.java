package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TestHtmlInsteadOfFeed {
  private static final String BODY = "<body><p>انتقلت خدمة الأخبار إلى موقعنا الجديد.</p></body></html>";

  @Test
  void a_windows_1256_page_gives_its_title_in_arabic() {
    byte[] page = ("<!DOCTYPE html>\n<html lang=\"ar\"><head><meta charset=\"windows-1256\"><title>تم نقل الصفحة</title></head>" + BODY)
        .getBytes(Charset.forName("windows-1256"));
    assertThat(HtmlInsteadOfFeed.title(page)).isEqualTo("تم نقل الصفحة");
  }

  @Test
  void an_xhtml_page_and_one_opening_with_a_long_comment_are_pages_too() {
    byte[] xhtml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
        + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>الصفحة غير موجودة</title></head>"
        + BODY).getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlInsteadOfFeed.title(xhtml)).isEqualTo("الصفحة غير موجودة");
    byte[] commented = ("<!--\n  نظام إدارة المحتوى\n  الإصدار 3\n-->\n<!DOCTYPE html><html><head><title>تسجيل الدخول</title></head>" + BODY)
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FeedParser.build(commented)).hasMessage("not a valid RSS or Atom feed: an HTML page («تسجيل الدخول»)");
  }

  @Test
  void a_page_without_its_html_tag_is_a_page_too() {
    // HTML lets a page leave out <html>; a CMS error page served at the feed URL often does
    byte[] noHtmlTag = ("<!DOCTYPE html>\n<head><meta charset=\"utf-8\"><title>عذراً، الصفحة المطلوبة غير متوفرة</title></head>\n" + BODY)
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FeedParser.build(noHtmlTag))
        .hasMessage("not a valid RSS or Atom feed: an HTML page («عذراً، الصفحة المطلوبة غير متوفرة»)");
    byte[] bodyOnly = "<!doctype HTML><body><h1>الخدمة متوقفة مؤقتاً</h1></body>".getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlInsteadOfFeed.title(bodyOnly)).isEmpty();
    byte[] headRoot = "<head><title>بوابة الأخبار</title></head><body></body>".getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlInsteadOfFeed.title(headRoot)).isEqualTo("بوابة الأخبار");
  }

  @Test
  void a_feed_is_no_page() {
    byte[] rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- html --><rss version=\"2.0\"><channel><title>سانا</title></channel></rss>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlInsteadOfFeed.title(rss)).isNull();
    // an Atom feed whose content mentions a doctype in escaped text is still a feed
    byte[] atom = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>أخبار</title>"
        + "<entry><content type=\"html\">&lt;!DOCTYPE html&gt;&lt;p&gt;نص&lt;/p&gt;</content></entry></feed>").getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlInsteadOfFeed.title(atom)).isNull();
    byte[] wholePageInCdata = ("<rss version=\"2.0\"><channel><title>سانا</title><item><title>خبر</title>"
        + "<content:encoded><![CDATA[<!DOCTYPE html><html><head><title>خبر</title></head></html>]]></content:encoded></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlInsteadOfFeed.title(wholePageInCdata)).isNull();
  }
}
