-- The answers to MMM Belgium's public consultation on parenthood and work, as visitors send them.
CREATE TABLE belgium_consultation_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    language     VARCHAR(5)    NOT NULL, -- of the page the visitor answered on
    situation    VARCHAR(30)   NOT NULL, -- a Situation code
    difficulties VARCHAR(4000) NOT NULL,
    proposals    VARCHAR(4000),
    email        VARCHAR(254),           -- only if the visitor wants to hear of the results
    received_at  TIMESTAMP     NOT NULL
);
CREATE INDEX belgium_consultation_latest ON belgium_consultation_answer (received_at DESC, id DESC);
