#pragma once

#include <QList>

namespace nd {

// One step of the schema history. Steps are never edited once released: a change
// to the schema is a new step, so every old diary file can be brought up to date.
struct Migration
{
    int toVersion;
    const char *sql;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace nd
