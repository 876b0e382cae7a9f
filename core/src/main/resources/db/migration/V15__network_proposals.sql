-- An association's article reaches the network's news by consent: its editors propose it, and the network's editors
-- accept it (article.on_network becomes true and the proposal is forgotten) or decline it (kept, so that the
-- association sees the answer). One proposal an article at most.
CREATE TABLE network_proposal (
    article_id  BIGINT PRIMARY KEY REFERENCES article (id),
    status      VARCHAR(10) NOT NULL CHECK (status IN ('proposed', 'declined')),
    proposed_by BIGINT NOT NULL,
    proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by  BIGINT,
    decided_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX network_proposal_status ON network_proposal (status, proposed_at);
