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
  void a_feed_is_no_page() {
    byte[] rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- html --><rss version=\"2.0\"><channel><title>سانا</title></channel></rss>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlInsteadOfFeed.title(rss)).isNull();
  }
}
