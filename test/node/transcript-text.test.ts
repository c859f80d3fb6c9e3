// The transcript of live captions as a text file: its lines and its name.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {transcriptFileName, transcriptText} from '../../src/elements/conference/transcript-text.js';

test('one line per caption: time, speakers, text', () => {
  const at = new Date(2026, 0, 5, 9, 3, 7).getTime();
  const text = transcriptText([
    {at, speakers: ['Bob'], text: 'Bob is speaking'},
    {at: at + 61_000, speakers: ['Ann', 'Bob'], text: 'Hello'},
    {at: at + 3_600_000, speakers: [], text: 'Music'},
  ]);
  assert.equal(text, '09:03:07 Bob: Bob is speaking\n09:04:08 Ann, Bob: Hello\n10:03:07 Music\n');
  assert.equal(transcriptText([]), '');
});

test('the file name: the room made safe, and the date', () => {
  const at = new Date(2026, 0, 5, 9, 3, 7).getTime();
  assert.equal(transcriptFileName("Alice's room", at), 'transcript-Alice_s_room-2026-01-05.txt');
  assert.equal(transcriptFileName('../../etc', at), 'transcript-.._.._etc-2026-01-05.txt');
  assert.equal(transcriptFileName('///', at), 'transcript-meeting-2026-01-05.txt');
  assert.equal(transcriptFileName('Møte på 東京', at), 'transcript-Møte_på_東京-2026-01-05.txt');
});
