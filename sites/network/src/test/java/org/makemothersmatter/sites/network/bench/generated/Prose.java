package org.makemothersmatter.sites.network.bench.generated;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.model.Language;

/**
 * Text that reads like the network's news at a glance and weighs what it weighs: words of the language drawn
 * at random into sentences, paragraphs, second-level headings, links and lists, in the lengths editors write.
 */
final class Prose {

    /** Each language's words; the commonest small words stand several times, so that they come up as often. */
    private static final Map<String, List<String>> WORDS = Map.of(
            "en", words("""
                    mothers mother family families children child care work parents parental leave rights women
                    policy policies social economic unpaid recognition motherhood health education poverty support
                    network association members advocacy delegation report study survey conference session
                    commission council committee international national european local government states
                    agenda equality balance employment pension protection violence peace development sustainable
                    goals human young early childhood wellbeing mental community solidarity campaign statement
                    declaration resolution meeting workshop programme project partners voices experience needs
                    time income security housing services access quality public private sector labour market
                    gender gap role value contribution society future generation dialogue youth training
                    the the the of of of and and and to to in in for for with on by their our all new this"""),
            "fr", words("""
                    mères mère famille familles enfants enfant soins travail parents congé parental droits femmes
                    politique politiques sociale économique non rémunéré reconnaissance maternité santé éducation
                    pauvreté soutien réseau association membres plaidoyer délégation rapport étude enquête
                    conférence session commission conseil comité international nationale européenne locale
                    gouvernement États égalité équilibre emploi retraite protection violence paix développement
                    durable objectifs humains jeunes petite enfance bien-être mentale communauté solidarité
                    campagne déclaration résolution réunion atelier programme projet partenaires voix expérience
                    besoins temps revenu sécurité logement services accès qualité public privé marché genre écart
                    rôle valeur contribution société avenir génération dialogue jeunesse formation
                    le la les de de des du et et à au pour avec sur par leur nos tous nouvelle cette"""),
            "nl", words("""
                    moeders moeder gezin gezinnen kinderen kind zorg werk ouders ouderschapsverlof rechten vrouwen
                    beleid sociale economische onbetaalde erkenning moederschap gezondheid onderwijs armoede steun
                    netwerk vereniging leden belangenbehartiging delegatie verslag studie enquête conferentie
                    commissie raad internationale nationale europese lokale overheid gelijkheid evenwicht
                    werkgelegenheid pensioen bescherming geweld vrede ontwikkeling duurzame doelen jonge
                    welzijn gemeenschap solidariteit campagne verklaring resolutie vergadering project partners
                    stemmen ervaring tijd inkomen zekerheid huisvesting diensten toegang kwaliteit arbeidsmarkt
                    de de het van van en en in in voor met op door hun onze alle nieuwe deze"""),
            "ar", words("""
                    الأمهات الأم الأسرة الأسر الأطفال الطفل الرعاية العمل الوالدين إجازة حقوق النساء المرأة
                    السياسات الاجتماعية الاقتصادية غير المأجور الاعتراف الأمومة الصحة التعليم الفقر الدعم
                    الشبكة الجمعية الأعضاء المناصرة الوفد تقرير دراسة استطلاع مؤتمر دورة اللجنة المجلس
                    الدولية الوطنية الأوروبية المحلية الحكومة الدول المساواة التوازن التوظيف التقاعد الحماية
                    العنف السلام التنمية المستدامة الأهداف الإنسان الشباب الطفولة المبكرة الرفاه النفسية
                    المجتمع التضامن حملة بيان قرار اجتماع ورشة برنامج مشروع الشركاء أصوات تجربة احتياجات
                    الوقت الدخل الأمن السكن الخدمات الوصول الجودة العام الخاص سوق الفجوة دور قيمة مساهمة
                    المستقبل الجيل الحوار التدريب في في من من على على إلى مع عن جميع هذه جديدة"""));
    private static final List<String> LINKS = List.of("https://www.un.org/en/", "https://commission.europa.eu/",
            "https://www.unesco.org/en/", "https://www.ohchr.org/en/", "https://makemothersmatter.org/");

    private final List<String> words;
    private final Random random;

    Prose(Language language, Random random) {
        this.words = WORDS.get(language.code());
        if (words == null) {
            throw new IllegalArgumentException("No words to write " + language + " with");
        }
        this.random = random;
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    /** A title of 6 to 14 words. */
    String title() {
        return capitalized(phrase(6, 14));
    }

    /** A few words, as a heading or a link has. */
    String phrase(int fewest, int most) {
        StringBuilder text = new StringBuilder();
        int count = between(fewest, most);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(word());
        }
        return text.toString();
    }

    /** Sentences adding up to about the given number of words. */
    String sentences(int words) {
        StringBuilder text = new StringBuilder();
        int written = 0;
        while (written < words) {
            int length = Math.min(between(8, 20), Math.max(4, words - written));
            text.append(written == 0 ? "" : " ").append(capitalized(phrase(length, length))).append('.');
            written += length;
        }
        return text.toString();
    }

    /**
     * An article's body in Markdown: 300 to 1,500 words in paragraphs; a third of the bodies have headings, half
     * have links, one in five a list.
     */
    String body() {
        int words = between(300, 1500);
        boolean headings = random.nextInt(3) == 0;
        boolean links = random.nextBoolean();
        int list = random.nextInt(5) == 0 ? random.nextInt(3) : -1;
        StringBuilder markdown = new StringBuilder();
        int written = 0;
        for (int paragraph = 0; written < words; paragraph++) {
            if (headings && paragraph > 0 && paragraph % 3 == 0) {
                markdown.append("## ").append(capitalized(phrase(3, 7))).append("\n\n");
            }
            int length = Math.min(between(40, 120), words - written);
            markdown.append(sentences(length));
            if (links && random.nextInt(3) == 0) {
                String label = phrase(2, 4);
                markdown.append(' ').append(capitalized(phrase(3, 8))).append(" [").append(label).append("](")
                        .append(LINKS.get(random.nextInt(LINKS.size()))).append(Slugs.of(label)).append(").");
            }
            markdown.append("\n\n");
            if (paragraph == list) {
                for (int item = between(3, 5); item > 0; item--) {
                    markdown.append("- ").append(capitalized(phrase(4, 10))).append('\n');
                }
                markdown.append('\n');
            }
            written += length;
        }
        return markdown.toString().strip();
    }

    /** A whole number from fewest to most, both included. */
    int between(int fewest, int most) {
        return fewest + random.nextInt(most - fewest + 1);
    }

    private String word() {
        return words.get(random.nextInt(words.size()));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
