package org.makemothersmatter.core.web.view;

/** Links to the neighbouring pages of a listing (null when there is none) and where the visitor is. */
public record Pagination(String label, String status, String previousUrl, String previousLabel, String nextUrl,
                         String nextLabel) {
}
