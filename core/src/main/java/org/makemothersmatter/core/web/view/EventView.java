package org.makemothersmatter.core.web.view;

import java.util.List;
import org.makemothersmatter.core.plugin.Texts;

/** One event: when and where, its description, the news that tell about it, and its iCalendar file. */
public record EventView(Texts t, EventCard event, String onlineUrl, Body body, List<ArticleCard> news,
                        String icsUrl, String backUrl) {
}
