package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Link;

/** The back office's first page: the sites this account works on. */
public record DashboardView(AdminFrame frame, List<Link> sites) {
}
