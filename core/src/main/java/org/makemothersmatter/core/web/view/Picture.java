package org.makemothersmatter.core.web.view;

/**
 * An image as a page shows it: the address of the variant it asks for, its alternative text, and that variant's
 * width and height, so that the page keeps its place while the image loads (styles then fit it to its column).
 */
public record Picture(String src, String alt, int width, int height) {
}
