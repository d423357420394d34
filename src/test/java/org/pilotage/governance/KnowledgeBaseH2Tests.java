package org.pilotage.governance;

import org.pilotage.support.H2Database;

@H2Database
class KnowledgeBaseH2Tests extends KnowledgeBaseContract {
}
