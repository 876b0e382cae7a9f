package org.makemothersmatter.core.web.development;

import gg.jte.CodeResolver;
import gg.jte.TemplateNotFoundException;
import gg.jte.resolve.DirectoryCodeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Templates read from core's and the plugins' source folders, each template name ({@code core/home.jte},
 * {@code france/workshops.jte}) found in the folder that has it, with the time it was last changed, so that the
 * template engine compiles again what was edited.
 */
final class SourceTemplates implements CodeResolver {

    private final List<DirectoryCodeResolver> folders;

    SourceTemplates(SourceFolders sources) {
        this.folders = sources.templates().stream().map(DirectoryCodeResolver::new).toList();
    }

    @Override
    public String resolve(String name) {
        return folder(name).map(folder -> folder.resolve(name)).orElse(null);
    }

    @Override
    public String resolveRequired(String name) throws TemplateNotFoundException {
        return folder(name).orElseThrow(() -> new TemplateNotFoundException(name + " not found")).resolveRequired(name);
    }

    @Override
    public boolean exists(String name) {
        return folder(name).isPresent();
    }

    @Override
    public long getLastModified(String name) {
        return folder(name).map(folder -> folder.getLastModified(name)).orElse(0L);
    }

    @Override
    public List<String> resolveAllTemplateNames() {
        List<String> names = new ArrayList<>();
        folders.forEach(folder -> names.addAll(folder.resolveAllTemplateNames()));
        return names;
    }

    private Optional<DirectoryCodeResolver> folder(String name) {
        return folders.stream().filter(folder -> folder.exists(name)).findFirst();
    }
}
