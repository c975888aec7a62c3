import { describe, expect, it } from 'vitest'
import { en } from './messages-en'
import { tr } from './messages-tr'
import { pickLang } from './pick-lang'

describe('pickLang', () => {
  it.each([
    ['tr', undefined, 'tr'],
    ['en', 'tr-TR', 'en'],
    [undefined, 'tr-TR,tr;q=0.9,en;q=0.8', 'tr'],
    [undefined, 'de-DE,en;q=0.5,tr;q=0.7', 'tr'],
    [undefined, 'fr, de', 'en'],
    [undefined, 'tr;q=0, en', 'en'],
    ['xx', undefined, 'en'],
    [undefined, undefined, 'en'],
  ])('lang=%s, Accept-Language %s → %s', (param, header, lang) => {
    expect(pickLang(param, header)).toBe(lang)
  })
})

describe('dictionaries', () => {
  it('translate every status and error code into both languages', () => {
    expect(Object.keys(tr.statuses).sort()).toEqual(Object.keys(en.statuses).sort())
    expect(Object.keys(tr.errors.codes).sort()).toEqual(Object.keys(en.errors.codes).sort())
    expect(Object.keys(tr.fields).sort()).toEqual(Object.keys(en.fields).sort())
  })
})
