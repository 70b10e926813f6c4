/**
 * Background: keeps the network rule for the tracking pixel in step with clean mode, toggles clean
 * mode from the keyboard shortcut, shows on the toolbar badge whether a tab holds an article, and injects
 * the extractor into a tab whose content script asks for it.
 */
import browser from 'webextension-polyfill';
import { EXTRACTOR_FILE, isDetectionReport, isExtractorRequest, type Settings } from '../messages.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings.ts';

const PIXEL_RULESET = 'tracking-pixel';

async function applyNetworkRules(settings: Settings): Promise<void> {
  await browser.declarativeNetRequest.updateEnabledRulesets(
    settings.clean ? { enableRulesetIds: [PIXEL_RULESET] } : { disableRulesetIds: [PIXEL_RULESET] },
  );
}

browser.runtime.onInstalled.addListener(async () => {
  const settings = await loadSettings(); // defaults on first install: clean mode on
  await saveSettings(settings);
  await applyNetworkRules(settings);
});
browser.runtime.onStartup.addListener(async () => applyNetworkRules(await loadSettings()));
onSettingsChanged((settings) => void applyNetworkRules(settings));

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-clean-mode') return;
  const { clean } = await loadSettings();
  await saveSettings({ clean: !clean });
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
  const tabId = sender.tab.id;
  if (isExtractorRequest(message)) return injectExtractor(tabId, sender.frameId ?? 0);
  if (!isDetectionReport(message)) return undefined;
  void browser.action.setBadgeText({ tabId, text: message.detected ? '✓' : '' });
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#1f883d' });
  void browser.action.setTitle({ tabId, title: browser.i18n.getMessage(message.detected ? 'badgeArticle' : 'badgeNoArticle') });
  return undefined;
});

/** Runs the extractor in the frame of the content script that asked for it (host access: github.com only). */
async function injectExtractor(tabId: number, frameId: number): Promise<true> {
  // At once, not when the page is idle: the popup is waiting.
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [EXTRACTOR_FILE], injectImmediately: true });
  return true;
}
