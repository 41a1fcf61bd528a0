package dev.concierge.web.view;

/** A list shown a page at a time: which page, how many pages, and the links between them. */
public interface Paged {
  long total();

  /** The page shown, from 1. */
  int page();

  int pageSize();

  /** This list on another page. */
  String pageLink(int number);

  default int pages() {
    return (int) Math.max(1, (total() + pageSize() - 1) / pageSize());
  }

  default boolean hasPrevious() {
    return page() > 1;
  }

  default boolean hasNext() {
    return page() < pages();
  }
}
