-- The network's themes (its "poles of action"), shared by every site: network administrators keep the list, editors
-- tag articles and pages with them. A theme is never deleted, since tags and links point at it: it is retired,
-- which takes it off the public pages and the editors' choices, and can be undone.
CREATE TABLE theme (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    position          INT         NOT NULL,
    original_language VARCHAR(8)  NOT NULL,
    retired           BOOLEAN     DEFAULT FALSE NOT NULL,
    version           INT         DEFAULT 1 NOT NULL
);

CREATE TABLE theme_translation (
    theme_id    BIGINT        NOT NULL REFERENCES theme (id),
    language    VARCHAR(8)    NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    slug        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    PRIMARY KEY (theme_id, language),
    CONSTRAINT theme_slug UNIQUE (language, slug)
);

-- Tags. A theme's page lists the published articles of every site tagged with it, newest first, off this index.
CREATE TABLE article_theme (
    article_id BIGINT NOT NULL REFERENCES article (id),
    theme_id   BIGINT NOT NULL REFERENCES theme (id),
    PRIMARY KEY (article_id, theme_id)
);
CREATE INDEX article_theme_by_theme ON article_theme (theme_id, article_id);

CREATE TABLE page_theme (
    page_id  BIGINT NOT NULL REFERENCES page (id),
    theme_id BIGINT NOT NULL REFERENCES theme (id),
    PRIMARY KEY (page_id, theme_id)
);
CREATE INDEX page_theme_by_theme ON page_theme (theme_id, page_id);

-- The poles of action of the network's site today, in the two languages its pages are written in.
INSERT INTO theme (id, position, original_language) VALUES
    (1, 1, 'en'), (2, 2, 'en'), (3, 3, 'en'), (4, 4, 'en'), (5, 5, 'en');
ALTER TABLE theme ALTER COLUMN id RESTART WITH 6;

INSERT INTO theme_translation (theme_id, language, name, slug, description) VALUES
    (1, 'en', 'Work–life balance and care', 'work-life-balance-and-care',
     'Recognising the unpaid care work of mothers, and policies that let parents combine work and family life.'),
    (1, 'fr', 'Conciliation vie familiale et professionnelle, soins', 'conciliation-et-soins',
     'Reconnaître le travail de soin non rémunéré des mères, et les politiques qui permettent aux parents de concilier travail et vie de famille.'),
    (2, 'en', 'Health', 'health',
     'The physical and mental health of mothers, before, during and after birth.'),
    (2, 'fr', 'Santé', 'sante',
     'La santé physique et mentale des mères, avant, pendant et après la naissance.'),
    (3, 'en', 'Education', 'education',
     'The role of mothers in the education of their children, and the right of girls and women to education.'),
    (3, 'fr', 'Éducation', 'education',
     'Le rôle des mères dans l''éducation de leurs enfants, et le droit des filles et des femmes à l''éducation.'),
    (4, 'en', 'Peace', 'peace',
     'Mothers as builders of peace and social cohesion, at home and at the peace table.'),
    (4, 'fr', 'Paix', 'paix',
     'Les mères, actrices de la paix et de la cohésion sociale, au foyer comme à la table des négociations.'),
    (5, 'en', 'Human rights of mothers', 'human-rights-of-mothers',
     'Making the voice of mothers heard at the United Nations Human Rights Council and beyond.'),
    (5, 'fr', 'Droits humains des mères', 'droits-des-meres',
     'Faire entendre la voix des mères au Conseil des droits de l''homme des Nations unies et au-delà.');
