package org.pilotage.talent;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class TalentPagesPostgresTests extends TalentPagesContract {
}
