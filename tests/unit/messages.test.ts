import { describe, expect, it } from 'vitest';
import { isContentRequest, isDetectionReport, isExtractorRequest, isSettings } from '../../src/messages.ts';

describe('message validators', () => {
  it('accepts the requests the popup sends', () => {
    expect(isContentRequest({ type: 'mr:get-article' })).toBe(true);
    expect(isContentRequest({ type: 'mr:scroll-to', target: { kind: 'person', name: '布林肯' } })).toBe(true);
    expect(isContentRequest({ type: 'mr:scroll-to', target: { kind: 'figure', index: 2 } })).toBe(true);
  });

  it('rejects anything else a page or another extension could send', () => {
    for (const bad of [
      null,
      'mr:get-article',
      [],
      { type: 'mr:get-articles' },
      { type: 'mr:scroll-to' },
      { type: 'mr:scroll-to', target: { kind: 'figure', index: -1 } },
      { type: 'mr:scroll-to', target: { kind: 'figure', index: 1.5 } },
      { type: 'mr:scroll-to', target: { kind: 'person', name: 'x'.repeat(201) } },
      { type: 'mr:scroll-to', target: { kind: 'script', name: 'x' } },
    ]) {
      expect(isContentRequest(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('accepts only the extractor request, which the background answers by injecting a file it names itself', () => {
    expect(isExtractorRequest({ type: 'mr:load-extractor' })).toBe(true);
    for (const bad of [null, 'mr:load-extractor', [], { type: 'mr:load-extractors' }, { kind: 'mr:load-extractor' }]) {
      expect(isExtractorRequest(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('validates detection reports and settings strictly', () => {
    expect(isDetectionReport({ type: 'mr:detected', detected: true })).toBe(true);
    expect(isDetectionReport({ type: 'mr:detected', detected: 'yes' })).toBe(false);
    expect(isSettings({ clean: false, readerLayout: true })).toBe(true);
    expect(isSettings({ clean: 1, readerLayout: true })).toBe(false);
    expect(isSettings({ clean: true })).toBe(false);
  });
});
