package org.makemothersmatter.core.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Collection;
import org.makemothersmatter.core.plugin.SitePlugin;

/**
 * Checks that plugins use nothing of core's but the contract: their classes only its package, their templates that
 * package and the views of core's templates they may replace ({@code core.web.view}). Nor may either handle the
 * web framework's requests: what a plugin needs of a request, the contract gives it.
 */
public final class ContractBoundary {

    private static final String CORE = "org.makemothersmatter.core..";
    private static final String CONTRACT = SitePlugin.class.getPackageName() + "..";
    private static final String VIEWS = "org.makemothersmatter.core.web.view..";
    private static final String FRAMEWORK = "io.javalin..";

    private ContractBoundary() {
    }

    /**
     * Checks the classes under these packages (their tests aside, which may start a server), and the compiled
     * templates of the sites of these codes.
     */
    public static void holds(Collection<String> packages, Collection<String> siteCodes) {
        String[] code = packages.stream().map(name -> name + "..").toArray(String[]::new);
        String[] templates = siteCodes.stream().map(site -> "gg.jte.generated.precompiled." + site + "..")
                .toArray(String[]::new);
        JavaClasses classes = new ClassFileImporter().importPackages(packages);
        noClasses().that().resideInAnyPackage(code).and().haveSimpleNameNotEndingWith("Test")
                .should().dependOnClassesThat(
                        resideInAPackage(CORE).and(not(resideInAPackage(CONTRACT))).and(not(resideInAnyPackage(code))))
                .orShould().dependOnClassesThat().resideInAPackage(FRAMEWORK)
                .because("a plugin's code uses only the contract, " + CONTRACT)
                .check(classes);
        if (templates.length > 0) {
            JavaClasses compiled = new ClassFileImporter().importPackages(siteCodes.stream()
                    .map(site -> "gg.jte.generated.precompiled." + site).toList());
            noClasses().that().resideInAnyPackage(templates).should().dependOnClassesThat(
                            resideInAPackage(CORE).and(not(resideInAnyPackage(CONTRACT, VIEWS)))
                                    .and(not(resideInAnyPackage(code))))
                    .orShould().dependOnClassesThat().resideInAPackage(FRAMEWORK)
                    .because("a plugin's templates are given the contract's views, or those of core's templates")
                    .allowEmptyShould(true)
                    .check(compiled);
        }
    }
}
