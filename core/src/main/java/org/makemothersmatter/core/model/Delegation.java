package org.makemothersmatter.core.model;

/** An advocacy delegation (EU, UN, UNESCO) in one language. Its code is also the section of its news. */
public record Delegation(String code, int position, Language language, String name, String summary,
                         String bodyHtml) {

    public Section section() {
        return Section.find(code).orElseThrow();
    }
}
