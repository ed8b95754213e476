package fr.lillemetropole.bnm.internal.faq;

import java.util.List;

/**
 * The FAQ's first published entries: the portal's former static FAQ, and what communes ask about the AMI 2022
 * (who may apply, what the MEL pays for, the SIGB's calendar, « double SSO », « recherche fédérée », networks,
 * who signs, the working groups). Written once, when the editorial copy is empty.
 */
final class FaqSeed {

    record Category(String id, String title, List<Entry> entries) {
    }

    record Entry(String id, String question, String answer, String tags) {
    }

    private FaqSeed() {}

    static final List<Category> CATEGORIES = List.of(
            new Category("candidature", "Candidater à l'AMI", List.of(
                    new Entry("qui", "Quelles communes peuvent candidater ?",
                            "<p>Les communes de la MEL disposant d'une bibliothèque municipale en régie directe, ou "
                                    + "faisant partie d'un réseau de bibliothèques avec au moins un agent salarié par une "
                                    + "ou des communes. La bibliothèque doit disposer de personnel qualifié.</p>",
                            "éligibilité, commune, réseau"),
                    new Entry("reseau", "Nous sommes un réseau de bibliothèques : combien de dossiers déposer ?",
                            "<p>S'il y a un coordinateur salarié pour une ou des communes, un seul dossier est déposé "
                                    + "pour le réseau, en présentant chacune des bibliothèques du réseau (volet 1 "
                                    + "répété). Il est signé par la commune « tête de réseau » ou, à défaut, par "
                                    + "l'ensemble des communes.</p>",
                            "réseau, dossier"),
                    new Entry("validation", "Qui valide et signe le dossier ?",
                            "<p>L'élu référent, par sa signature, s'il dispose d'une délégation de signature ; sinon "
                                    + "une délibération du conseil municipal est nécessaire (date et numéro).</p>"
                                    + "<p>Pour un réseau, la commune désignée « tête de réseau » signe ; s'il n'y en a "
                                    + "pas officiellement, <strong>chacune des communes</strong> signe.</p>",
                            "signature, délibération, élu"),
                    new Entry("chiffres", "Quels chiffres indiquer dans la présentation de la bibliothèque ?",
                            "<p>Les données de l'année précédant l'AMI (2021 pour l'AMI 2022). Vous pouvez reprendre "
                                    + "les chiffres transmis au Ministère de la Culture pour l'observatoire de la "
                                    + "lecture publique. Une donnée inconnue se déclare « NC » (non communiqué), "
                                    + "jamais 0.</p>",
                            "chiffres, NC"),
                    new Entry("aide", "Qui peut nous aider à remplir le dossier ?",
                            "<p>L'équipe livre et lecture de la MEL répond à vos questions, vous aide à remplir le "
                                    + "dossier et peut le relire avant envoi : "
                                    + "<a href=\"mailto:bnm@lillemetropole.fr\">bnm@lillemetropole.fr</a>.</p>",
                            "contact, aide"))),
            new Category("engagement", "Engagement de la commune", List.of(
                    new Entry("cout", "Que prend en charge la MEL, et jusqu'à quand ?",
                            "<p>La MEL assure l'exploitation et la mise à disposition des outils à titre gracieux "
                                    + "<strong>jusqu'en 2025</strong>. Pour le logiciel de gestion de bibliothèque, "
                                    + "elle prend en charge les coûts initiaux de déploiement :</p><ul>"
                                    + "<li>la récupération des données ;</li>"
                                    + "<li>les connecteurs vers le portail « à suivre… » pour les ressources en "
                                    + "ligne ;</li><li>la maintenance et l'hébergement ;</li>"
                                    + "<li>la formation initiale.</li></ul>"
                                    + "<p>Restent à la charge des communes : le portail de la bibliothèque, le "
                                    + "matériel informatique et la connexion Internet, le Wifi public (d'ici 2025) "
                                    + "et les connecteurs spécifiques non pris en charge par la MEL.</p>",
                            "coût, financement, 2025"),
                    new Entry("duree", "Quand l'engagement commence-t-il et combien de temps dure-t-il ?",
                            "<p>L'engagement débute au 1er janvier suivant la réponse à l'AMI et dure jusqu'en 2025 "
                                    + "minimum. Il est effectif à l'adoption en conseil municipal des règlements de "
                                    + "mise à disposition des outils, transmis aux communes après leur adoption en "
                                    + "Conseil métropolitain en 2023.</p>",
                            "durée, règlement"),
                    new Entry("groupes", "Faut-il participer aux groupes de travail ?",
                            "<p>Oui : en contrepartie de l'engagement de la MEL, la commune mobilise ses agents pour "
                                    + "la formation et pour au moins un groupe de travail (logiciel métier, ressources "
                                    + "en ligne, médiation numérique, livres numériques), soit <strong>environ 4 heures "
                                    + "par mois et par groupe</strong> : la réunion et le travail à fournir entre les "
                                    + "réunions.</p>",
                            "groupes de travail, temps"))),
            new Category("outils", "Les outils de la BNM", List.of(
                    new Entry("calendrier-sigb", "Quel est le calendrier du logiciel de gestion de bibliothèque (SIGB) ?",
                            "<p>Le marché du système intégré de gestion de bibliothèque (SIGB) métropolitain est "
                                    + "préparé en 2022 ; la mise en œuvre a lieu au 1er semestre 2023 et les communes "
                                    + "partenaires sont accompagnées de 2023 à 2025. Une commune peut rejoindre le "
                                    + "logiciel dès 2023, ou l'envisager en 2024 ou en 2025 : indiquez-le dans le "
                                    + "dossier.</p>",
                            "SIGB, logiciel, calendrier"),
                    new Entry("double-sso", "Que signifie « double SSO » ?",
                            "<p>C'est l'identification unique de l'usager : avec ses identifiants de la bibliothèque "
                                    + "municipale, il accède sur le portail de sa commune aux ressources en ligne "
                                    + "métropolitaines (presse, autoformation, vidéo à la demande), sans second "
                                    + "compte. Elle suppose des outils compatibles avec ceux de la MEL ; les "
                                    + "connecteurs sont développés au 2e semestre 2023.</p>",
                            "SSO, authentification, portail, ressources en ligne"),
                    new Entry("recherche-federee", "Que signifie « recherche fédérée » ?",
                            "<p>Les ressources en ligne métropolitaines apparaissent dans les résultats de la "
                                    + "recherche du catalogue de votre bibliothèque, à côté de vos propres documents : "
                                    + "l'usager cherche une seule fois et trouve les deux.</p>",
                            "recherche, catalogue, ressources en ligne"))));
}
