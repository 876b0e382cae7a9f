package org.makemothersmatter.core.web.view;

import java.util.List;
import org.makemothersmatter.core.plugin.Texts;

/** The international home page. */
public record HomeView(Texts t, String title, Body intro, List<ArticleCard> news, String newsUrl,
                       List<DelegationBlock> delegations, String advocacyUrl, List<AssociationCard> associations,
                       String directoryUrl) {
}
