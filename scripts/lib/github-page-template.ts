/**
 * The github.com page around a rendered Markdown article: the blob view of a file
 * (`../shared/docs/github-dom.md` §3.1) and the repository home with the file as README (§3.2).
 * Only GitHub's stable hooks are reproduced, plus a few hashed class names as noise.
 * Everything is inline: the pages must load offline.
 */
import type { OutlineEntry, PageView, RepoFile } from './github-render.ts';

export interface PageTemplateInput {
  file: RepoFile;
  view: PageView;
  articleHtml: string;
  outline: OutlineEntry[];
}

export function renderPageTemplate(input: PageTemplateInput): string {
  const { file } = input;
  const nwo = `${file.owner}/${file.repo}`;
  const fileName = file.path.split('/').pop() ?? file.path;
  const title =
    input.view === 'blob' ? `${file.repo}/${file.path} at ${file.ref} · ${nwo}` : `GitHub - ${nwo}`;
  const main = input.view === 'blob' ? blobMain(input, fileName) : homeMain(input);
  return `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta name="route-pattern" content="${input.view === 'blob' ? '/:user_id/:repository/blob/*name(/*path)' : '/:user_id/:repository'}">
<meta name="route-controller" content="${input.view === 'blob' ? 'blob' : 'files'}">
<meta name="route-action" content="${input.view === 'blob' ? 'show' : 'disambiguate'}">
<meta name="octolytics-dimension-user_login" content="${escapeHtml(file.owner)}">
<meta name="octolytics-dimension-repository_nwo" content="${escapeHtml(nwo)}">
<meta name="turbo-cache-control" content="no-preview">
<meta name="turbo-body-classes" content="logged-in env-production page-responsive">
<style>${PAGE_STYLE}</style>
</head>
<body class="logged-in env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper">
${appHeader(file)}
</div>
<div id="start-of-content" class="show-on-focus"></div>
<div id="js-flash-container" class="flash-container" data-turbo-replace=""></div>
<div class="application-main" data-commit-hovercards-enabled="" data-discussion-hovercards-enabled="" data-issue-and-pr-hovercards-enabled="" data-project-hovercards-enabled="">
<div itemscope="" itemtype="http://schema.org/SoftwareSourceCode" class="">
<main id="js-repo-pjax-container">
${main}
</main>
</div>
</div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo">
<h2 class="sr-only">Footer</h2>
<div class="d-flex flex-items-center"><span>© 2025 GitHub,&nbsp;Inc.</span></div>
<nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>
<ul class="list-style-none d-flex" aria-labelledby="sr-footer-heading"><li><a href="https://docs.github.com/site-policy/github-terms/github-terms-of-service">Terms</a></li><li><a href="https://docs.github.com/site-policy/privacy-policies/github-privacy-statement">Privacy</a></li><li><a href="https://www.githubstatus.com/">Status</a></li><li><a href="https://docs.github.com/">Docs</a></li></ul>
</nav>
</footer>
</body>
</html>
`;
}

function appHeader(file: RepoFile): string {
  const repoPath = `/${file.owner}/${file.repo}`;
  const tab = (id: string, href: string, label: string, selected = false): string =>
    `<li class="d-inline-flex"><a id="${id}" href="${href}" data-tab-item="i0${id}" data-pjax="#repo-content-pjax-container" data-turbo-frame="repo-content-turbo-frame" class="UnderlineNav-item no-wrap js-responsive-underlinenav-item js-selected-navigation-item${selected ? ' selected' : ''}"${selected ? ' aria-current="page"' : ''}><span data-content="${label}">${label}</span></a></li>`;
  return `<header class="AppHeader" role="banner">
<h2 class="sr-only">Navigation Menu</h2>
<div class="AppHeader-globalBar js-global-bar">
<div class="AppHeader-globalBar-start">
<a class="AppHeader-logo" href="https://github.com/" aria-label="Homepage" data-hotkey="g d"><svg height="32" aria-hidden="true" viewBox="0 0 24 24" version="1.1" width="32" class="octicon octicon-mark-github"><path d="${GITHUB_MARK_PATH}"></path></svg></a>
<div class="AppHeader-context"><div class="AppHeader-context-full"><nav role="navigation" aria-label="Page context"><ul role="list">
<li><a class="AppHeader-context-item" href="/${escapeHtml(file.owner)}" data-hovercard-type="user"><span class="AppHeader-context-item-label">${escapeHtml(file.owner)}</span></a><span class="AppHeader-context-item-separator">/</span></li>
<li><a class="AppHeader-context-item" href="${escapeHtml(repoPath)}"><span class="AppHeader-context-item-label">${escapeHtml(file.repo)}</span></a></li>
</ul></nav></div></div>
</div>
<div class="AppHeader-globalBar-end"><div class="AppHeader-search"><button type="button" class="AppHeader-searchButton" aria-label="Search or jump to…"><span class="AppHeader-search-placeholder">Type <kbd>/</kbd> to search</span></button></div></div>
</div>
<div class="AppHeader-localBar">
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" data-view-component="true" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav">
<ul data-view-component="true" class="UnderlineNav-body list-style-none">
${tab('code-tab', escapeHtml(repoPath), 'Code', true)}
${tab('issues-tab', `${escapeHtml(repoPath)}/issues`, 'Issues')}
${tab('pull-requests-tab', `${escapeHtml(repoPath)}/pulls`, 'Pull requests')}
${tab('actions-tab', `${escapeHtml(repoPath)}/actions`, 'Actions')}
${tab('insights-tab', `${escapeHtml(repoPath)}/pulse`, 'Insights')}
</ul>
</nav>
</div>
</header>`;
}

function blobMain(input: PageTemplateInput, fileName: string): string {
  const { file } = input;
  const repoPath = `/${file.owner}/${file.repo}`;
  const blobPath = `${repoPath}/blob/${file.ref}/${file.path}`;
  const rawBlobUrl = `https://github.com${repoPath}/raw/refs/heads/${file.ref}/${file.path}`;
  const directories = file.path.split('/').slice(0, -1);
  const payload = {
    payload: {
      allShortcutsEnabled: true,
      fileTree: {},
      fileTreeProcessingTime: 3.2,
      foldersToFetch: [],
      incompleteFileTree: false,
      repo: {
        id: 123456789,
        defaultBranch: file.ref,
        name: file.repo,
        ownerLogin: file.owner,
        currentUserCanPush: false,
        isFork: false,
        isEmpty: false,
        createdAt: '2020-01-01T00:00:00.000Z',
        ownerAvatar: `https://avatars.githubusercontent.com/u/1?v=4`,
        public: true,
        private: false,
        isOrgOwned: false,
      },
      currentUser: null,
      refInfo: { name: file.ref, listCacheKey: 'v0:1', canEdit: false, refType: 'branch', currentOid: '0'.repeat(40) },
      path: file.path,
      blob: {
        rawLines: null,
        stylingDirectives: null,
        colorizedLines: null,
        csv: null,
        csvError: null,
        dependabotInfo: { showConfigurationBanner: false, configFilePath: null, networkDependabotPath: `${repoPath}/network/updates`, dismissConfigurationNoticePath: '/settings/dismiss-notice/dependabot_configuration_notice', configurationNoticeDismissed: null },
        displayName: fileName,
        displayUrl: `https://github.com${blobPath}?raw=true`,
        headerInfo: { blobSize: `${Math.max(1, Math.round(input.articleHtml.length / 1024))} KB`, isGitLfs: false, onBranch: true, shortPath: '0000000', siteNavLoginPath: '/login', isCSV: false, isRichtext: true, toc: input.outline, lineInfo: { truncatedLoc: '0', truncatedSloc: '0' }, mode: 'file' },
        image: false,
        isCodeownersFile: null,
        isPlain: false,
        isValidLegacyIssueTemplate: false,
        issueTemplate: null,
        discussionTemplate: null,
        language: 'Markdown',
        languageID: 222,
        large: false,
        planSupportInfo: { repoIsFork: null, repoOwnedByCurrentUser: null, requestFullPath: blobPath, showFreeOrgGatedFeatureMessage: null, showPlanSupportBanner: null, upgradeDataAttributes: null, upgradePath: null },
        publishBannersInfo: { dismissActionNoticePath: '/settings/dismiss-notice/publish_action_from_dockerfile', releasePath: `${repoPath}/releases/new?marketplace=true`, showPublishActionBanner: false },
        rawBlobUrl,
        renderImageOrRaw: false,
        richText: input.articleHtml,
        renderedFileInfo: null,
        shortPath: null,
        symbolsEnabled: true,
        tabSize: 8,
        topBannersInfo: { overridingGlobalFundingFile: false, globalPreferredFundingPath: null, showInvalidCitationWarning: false, citationHelpUrl: 'https://docs.github.com/github/creating-cloning-and-archiving-repositories/creating-a-repository-on-github/about-citation-files', actionsOnboardingTip: null },
        truncated: false,
        viewable: true,
        workflowRedirectUrl: null,
        symbols: { timed_out: false, not_analyzed: true, symbols: [] },
      },
      copilotInfo: null,
      copilotAccessAllowed: false,
      modelsAccessAllowed: false,
      modelsRepoIntegrationEnabled: false,
      csrf_tokens: {},
    },
    title: `${file.repo}/${file.path} at ${file.ref} · ${file.owner}/${file.repo}`,
    appPayload: { helpUrl: 'https://docs.github.com', findFileWorkerPath: '/assets-cdn/worker/find-file-worker-0cea8c6113ab.js', findInFileWorkerPath: '/assets-cdn/worker/find-in-file-worker-1b17b3e7786a.js', githubDevUrl: null, enabled_features: { code_nav_ui_events: false, react_blob_overlay: false, accessible_code_button: true } },
  };

  const breadcrumbs = (idPrefix: string): string => {
    const links = directories
      .map((directory, index) => {
        const href = `${repoPath}/tree/${file.ref}/${directories.slice(0, index + 1).join('/')}`;
        return `<li class="prc-Breadcrumbs-ItemWrapper-TZK4w"><a class="Link__StyledLink-sc-14289xe-0 dheQRw" href="${escapeHtml(href)}" data-discover="true">${escapeHtml(directory)}</a></li>`;
      })
      .join('');
    return `<nav id="${idPrefix}" data-testid="breadcrumbs" aria-labelledby="${idPrefix}-heading" class="Box-sc-g0xbh4-0 kzRgrI">
<h2 id="${idPrefix}-heading" data-testid="screen-reader-heading" class="sr-only">Breadcrumbs</h2>
<ol class="prc-Breadcrumbs-BreadcrumbsList-jOdum"><li class="prc-Breadcrumbs-ItemWrapper-TZK4w"><a class="Link__StyledLink-sc-14289xe-0 dheQRw" data-testid="breadcrumbs-repo-link" href="${escapeHtml(`${repoPath}/tree/${file.ref}`)}" data-discover="true">${escapeHtml(file.repo)}</a></li>${links}</ol>
</nav>`;
  };

  const treeItems = [...directories.map((directory, index) => ({ id: directories.slice(0, index + 1).join('/'), name: directory, level: index + 1, isFile: false })), { id: file.path, name: fileName, level: directories.length + 1, isFile: true }]
    .map(
      (item) =>
        `<li class="PRIVATE_TreeView-item prc-TreeView-TreeViewItem-ShJr0" tabindex="0" id="${escapeHtml(item.id)}-item" role="treeitem" aria-labelledby=":r${item.level}:" aria-level="${item.level}"${item.isFile ? ' aria-current="true" aria-selected="true"' : ' aria-expanded="true"'}><div class="PRIVATE_TreeView-item-container prc-TreeView-TreeViewItemContainer--2Rkn"><span id=":r${item.level}:" class="PRIVATE_TreeView-item-content-text prc-TreeView-TreeViewItemContentText-smZM-"><span>${escapeHtml(item.name)}</span></span></div></li>`,
    )
    .join('\n');

  return `<div id="repository-container-header" data-turbo-replace="" hidden=""></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class="">
<div id="repo-content-pjax-container" class="repository-content">
<react-app app-name="react-code-view" initial-path="${escapeHtml(blobPath)}" style="display: block; min-height: calc(100vh - 64px);" data-attempted-ssr="true" data-ssr="true" data-lazy="false" data-alternate="false" data-data-router-enabled="false">
<script type="application/json" data-target="react-app.embeddedData">${jsonForScript(payload)}</script>
<div data-target="react-app.reactRoot">
<button hidden="" data-testid="header-permalink-button" data-hotkey-scope="read-only-cursor-text-area"></button>
<div class="Box-sc-g0xbh4-0 prc-PageLayout-PageLayoutRoot-1zlEO code-view-layout">
<div class="prc-PageLayout-PageLayoutWrapper-s2ao4">
<div class="prc-PageLayout-PageLayoutContent-jzDMn">
<div class="Box-sc-g0xbh4-0 prc-PageLayout-Pane-Vl5LI react-tree-pane-contents-3-panel">
<div id="repos-file-tree" class="Box-sc-g0xbh4-0 ReposFileTreePane-module__Box_2--n8UEr">
<div class="Box-sc-g0xbh4-0 hVjmWl"><button data-testid="collapse-file-tree-button" aria-label="Collapse file tree" type="button" class="prc-Button-ButtonBase-c50BI"></button><h2 class="Box-sc-g0xbh4-0 eYedVD prc-Heading-Heading-6CmGO">Files</h2></div>
<div class="Box-sc-g0xbh4-0 cNvKlH"><button type="button" id="branch-picker-repos-header-ref-selector" aria-haspopup="true" class="prc-Button-ButtonBase-c50BI"><span>${escapeHtml(file.ref)}</span></button><span class="TextInput-wrapper"><input type="text" aria-label="Go to file" role="combobox" placeholder="Go to file" value=""></span></div>
<div data-testid="repos-file-tree-container" class="Box-sc-g0xbh4-0 ReposFileTreeView-module__Box--kD1n5"><nav aria-label="File Tree Navigation"><span role="status" aria-live="polite" aria-atomic="true" class="_VisuallyHidden__VisuallyHidden-sc-11jhm7a-0 brGdpi"></span>
<ul role="tree" aria-label="Files" data-truncate-text="true" class="prc-TreeView-TreeViewRootUlStyles-eZtxW">
${treeItems}
</ul></nav></div>
</div>
</div>
<div class="Box-sc-g0xbh4-0 react-code-view-bottom-padding" aria-label="Draggable pane splitter" role="slider" aria-valuenow="320"></div>
<div class="Box-sc-g0xbh4-0 prc-PageLayout-ContentWrapper-b-QRo">
<div class="container Box-sc-g0xbh4-0 react-code-view-header-wrapper">
<div id="StickyHeader" class="Box-sc-g0xbh4-0 fOMYmU">
<div class="Box-sc-g0xbh4-0 gthhJa">
${breadcrumbs('repos-header-breadcrumb--wide')}
<div data-testid="breadcrumbs-filename" class="Box-sc-g0xbh4-0 kFqPsC"><span class="Text__StyledText-sc-17v1xeu-0 ikzMaC" aria-hidden="true">/</span><h1 class="Box-sc-g0xbh4-0 iCmbSh prc-Heading-Heading-6CmGO" tabindex="-1" id="file-name-id-wide">${escapeHtml(fileName)}</h1></div>
<button data-component="IconButton" aria-label="Copy path" type="button" class="prc-Button-ButtonBase-c50BI"></button>
<button data-testid="more-file-actions-button-nav-menu-wide" aria-haspopup="true" type="button" aria-label="More file actions" class="prc-Button-ButtonBase-c50BI"></button>
</div>
</div>
</div>
<div class="Box-sc-g0xbh4-0 react-code-view-body">
<div data-testid="latest-commit-details" class="Box-sc-g0xbh4-0 fIhHWS"><span class="sr-only">Latest commit</span><a href="${escapeHtml(`${repoPath}/commits/${file.ref}/${file.path}`)}" aria-label="View commit history for this file." class="prc-Button-ButtonBase-c50BI"><span>History</span></a></div>
<div id="repos-sticky-header" class="Box-sc-g0xbh4-0 react-blob-view-header-sticky">
<nav id="sticky-breadcrumb" data-testid="breadcrumbs" aria-labelledby="sticky-breadcrumb-heading" class="Box-sc-g0xbh4-0 kzRgrI"><h2 id="sticky-breadcrumb-heading" data-testid="screen-reader-heading" class="sr-only">Breadcrumbs</h2></nav>
<h1 class="Box-sc-g0xbh4-0 cgQnMS prc-Heading-Heading-6CmGO" tabindex="-1" id="sticky-file-name-id">${escapeHtml(fileName)}</h1>
<h2 class="sr-only">File metadata and controls</h2>
<div class="Box-sc-g0xbh4-0 kcLCKF"><ul aria-label="File view" class="prc-SegmentedControl-SegmentedControl-e7570" data-size="small"><li class="prc-SegmentedControl-Item-7Aq6h" role="listitem" data-selected=""><button aria-current="true" type="button" class="prc-SegmentedControl-Button-ojWXD"><span class="prc-SegmentedControl-Content-gnQ4n"><div class="prc-SegmentedControl-Text-c5gSh" data-text="Preview">Preview</div></span></button></li><li class="prc-SegmentedControl-Item-7Aq6h" role="listitem"><button aria-current="false" type="button" class="prc-SegmentedControl-Button-ojWXD"><span class="prc-SegmentedControl-Content-gnQ4n"><div class="prc-SegmentedControl-Text-c5gSh" data-text="Code">Code</div></span></button></li><li class="prc-SegmentedControl-Item-7Aq6h" role="listitem"><button aria-current="false" type="button" class="prc-SegmentedControl-Button-ojWXD"><span class="prc-SegmentedControl-Content-gnQ4n"><div class="prc-SegmentedControl-Text-c5gSh" data-text="Blame">Blame</div></span></button></li></ul></div>
<div class="Box-sc-g0xbh4-0 kVWtTz"><a href="${escapeHtml(rawBlobUrl)}" data-testid="raw-button" data-size="small" class="prc-Button-ButtonBase-c50BI"><span>Raw</span></a><button data-testid="copy-raw-button" aria-label="Copy raw content" type="button" class="prc-Button-ButtonBase-c50BI"></button><button data-testid="download-raw-button" aria-label="Download raw file" type="button" class="prc-Button-ButtonBase-c50BI"></button></div>
</div>
<div class="Box-sc-g0xbh4-0 dJxjrT"></div>
<section aria-labelledby="file-name-id-wide file-name-id-mobile" class="Box-sc-g0xbh4-0 BlobContent-module__blobContentSection__VOgZq">
<div data-hpc="true" class="Box-sc-g0xbh4-0 eGsFSD js-snippet-clipboard-copy-unpositioned undefined">${input.articleHtml}</div>
</section>
</div>
</div>
</div>
</div>
</div>
<div id="find-result-marks-container" class="Box-sc-g0xbh4-0 aZrVR"></div>
</div>
</react-app>
</div>
</turbo-frame>`;
}

function homeMain(input: PageTemplateInput): string {
  const { file } = input;
  const repoPath = `/${file.owner}/${file.repo}`;
  const payload = {
    props: {
      initialPayload: {
        allShortcutsEnabled: true,
        path: '/',
        repo: { id: 123456789, defaultBranch: file.ref, name: file.repo, ownerLogin: file.owner, currentUserCanPush: false, isFork: false, isEmpty: false, public: true, private: false },
        currentUser: null,
        refInfo: { name: file.ref, listCacheKey: 'v0:1', canEdit: false, refType: 'branch', currentOid: '0'.repeat(40) },
        tree: { items: [{ name: file.path, path: file.path, contentType: 'file' }], templateDirectorySuggestionUrl: null, readme: null, totalCount: 1, showBranchInfobar: false },
        fileTree: null,
        fileTreeProcessingTime: null,
        foldersToFetch: [],
        treeExpanded: false,
        symbolsExpanded: false,
        isOverview: true,
        overview: {
          banners: {},
          codeButton: {},
          popovers: {},
          commitCount: '1',
          overviewFiles: [
            { displayName: file.path, repoName: file.repo, refName: file.ref, path: file.path, preferredFileType: 'readme', tabName: 'README', richText: input.articleHtml, loaded: true, timedOut: false, errorMessage: null, headerInfo: { toc: input.outline, siteNavLoginPath: '/login' } },
          ],
          overviewFilesProcessingTime: 1.5,
        },
      },
    },
  };
  return `<div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor, var(--color-page-header-bg));" data-turbo-replace="">
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;">
<div id="repo-title-component" class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal">
<strong itemprop="name" class="mr-2 flex-self-stretch"><a data-pjax="#repo-content-pjax-container" data-turbo-frame="repo-content-turbo-frame" href="${escapeHtml(repoPath)}">${escapeHtml(file.repo)}</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span>
</div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a href="/login?return_to=${encodeURIComponent(repoPath)}" class="btn-sm btn">Star</a></li></ul>
</div>
</div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class="">
<div id="repo-content-pjax-container" class="repository-content">
<h1 class="sr-only">${escapeHtml(`${file.owner}/${file.repo}`)}</h1>
<div class="clearfix container-xl px-md-4 px-lg-5 px-3">
<div>
<div class="Layout Layout--flowRow-until-md react-repos-overview-margin Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end" style="max-width: 100%">
<div class="Layout-main">
<react-partial partial-name="repos-overview" data-ssr="true" data-attempted-ssr="true" data-react-profiling="false">
<script type="application/json" data-target="react-partial.embeddedData">${jsonForScript(payload)}</script>
<div data-target="react-partial.reactRoot">
<div class="Box-sc-g0xbh4-0 OverviewContent-module__Box_4--1WqHm">
<table aria-labelledby="folders-and-files" class="Table-module__Box--KyMHK">
<thead><tr><th colspan="2"><span id="folders-and-files" class="sr-only">Folders and files</span></th></tr></thead>
<tbody><tr class="react-directory-row" id="folder-row-0"><td class="react-directory-row-name-cell-large-screen"><a title="${escapeHtml(file.path)}" aria-label="${escapeHtml(file.path)}, (File)" class="Link--primary" href="${escapeHtml(`${repoPath}/blob/${file.ref}/${file.path}`)}">${escapeHtml(file.path)}</a></td></tr></tbody>
</table>
</div>
<div itemscope="" itemtype="https://schema.org/abstract" class="Box-sc-g0xbh4-0 OverviewRepoFiles-module__Box_1--xSt0T">
<h2 class="_VisuallyHidden__VisuallyHidden-sc-11jhm7a-0 brGdpi">Repository files navigation</h2>
<nav aria-label="Repository files" class="prc-components-UnderlineWrapper-oOh5J"><ul role="list" class="prc-components-UnderlineItemList-b23Hf"><li class="Box-sc-g0xbh4-0 hUCRAk"><a href="#" aria-current="page" class="prc-components-UnderlineItem-lJsg-"><span data-content="README">README</span></a></li></ul></nav>
<button title="Edit file" type="button" class="prc-Button-ButtonBase-c50BI"></button><button aria-label="Outline" type="button" class="prc-Button-ButtonBase-c50BI"></button>
</div>
<div class="Box-sc-g0xbh4-0 js-snippet-clipboard-copy-unpositioned DirectoryRichtextContent-module__SharedMarkdownContent--YORdJ" data-hpc="true">${input.articleHtml}</div>
</div>
</react-partial>
</div>
<div class="Layout-sidebar">
<div class="BorderGrid about-margin" data-pjax="">
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="mb-3 h4">About</h2><h3 class="sr-only">Resources</h3><div class="mt-2"><a class="Link--muted" href="#readme-ov-file"><span>Readme</span></a></div></div></div>
</div>
</div>
</div>
</div>
</div>
</div>
</turbo-frame>`;
}

/** JSON inside a <script>, escaped the way GitHub's pages do (`\u003c`, `\u003e`, `\u0026`), so article HTML cannot end the script. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const GITHUB_MARK_PATH =
  'M12 1C5.923 1 1 5.923 1 12c0 4.867 3.149 8.979 7.521 10.436.55.096.756-.233.756-.522 0-.262-.013-1.128-.013-2.049-2.764.509-3.479-.674-3.699-1.292-.124-.317-.66-1.293-1.127-1.554-.385-.207-.936-.715-.014-.729.866-.014 1.485.797 1.705 1.148.99 1.663 2.571 1.196 3.204.909.096-.715.385-1.196.701-1.471-2.448-.275-5.005-1.224-5.005-5.432 0-1.196.426-2.186 1.128-2.956-.111-.275-.496-1.402.11-2.915 0 0 .921-.288 3.024.111.878-.248 1.816-.371 2.75-.371.936 0 1.871.123 2.75.371 2.104-.412 3.025-.111 3.025-.111.605 1.513.221 2.64.111 2.915.701.77 1.127 1.747 1.127 2.956 0 4.222-2.571 5.157-5.019 5.432.399.344.743.976.743 1.608 0 1.225-.014 2.199-.014 2.598 0 .289.206.618.756.522C19.851 20.979 23 16.854 23 12c0-6.077-4.922-11-11-11Z';

/** Enough of GitHub's look for screenshots: header bar, file tree column, markdown-body typography. */
const PAGE_STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji";font-size:14px;line-height:1.5;color:#1f2328;background:#fff}
a{color:#0969da;text-decoration:none}
.sr-only,._VisuallyHidden__VisuallyHidden-sc-11jhm7a-0{position:absolute;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
[hidden]{display:none!important}
.AppHeader{background:#f6f8fa;border-bottom:1px solid #d1d9e0}
.AppHeader-globalBar{display:flex;justify-content:space-between;align-items:center;padding:16px 16px 8px;gap:12px}
.AppHeader-globalBar-start{display:flex;align-items:center;gap:8px}
.AppHeader-logo{color:#1f2328;display:flex}
.AppHeader-context ul{display:flex;list-style:none;margin:0;padding:0;gap:4px}
.AppHeader-context-item{color:#1f2328;font-weight:600;padding:0 4px}
.AppHeader-context-item-separator{color:#59636e}
.AppHeader-searchButton{background:#fff;border:1px solid #d1d9e0;border-radius:6px;padding:4px 8px;color:#59636e;width:280px;text-align:left}
.AppHeader-localBar{padding:0 16px}
.UnderlineNav-body{display:flex;list-style:none;margin:0;padding:0;gap:8px}
.UnderlineNav-item{display:inline-block;padding:8px;color:#1f2328;border-bottom:2px solid transparent}
.UnderlineNav-item.selected{border-bottom-color:#fd8c73;font-weight:600}
.footer{border-top:1px solid #d1d9e0;margin-top:40px;padding:24px 16px;color:#59636e;font-size:12px}
.footer ul{gap:16px;padding:0}
.list-style-none{list-style:none}.d-flex{display:flex}
.prc-PageLayout-PageLayoutContent-jzDMn{display:flex;align-items:flex-start}
.react-tree-pane-contents-3-panel{width:300px;flex-shrink:0;border-right:1px solid #d1d9e0;padding:16px;min-height:100vh}
.react-tree-pane-contents-3-panel ul{list-style:none;padding:0;margin:8px 0}
.prc-TreeView-TreeViewItem-ShJr0{padding:4px 8px;border-radius:6px}
.prc-TreeView-TreeViewItem-ShJr0[aria-current="true"]{background:#eef1f4}
.prc-PageLayout-ContentWrapper-b-QRo{flex:1;min-width:0;padding:16px 24px}
.prc-Breadcrumbs-BreadcrumbsList-jOdum{display:inline-flex;list-style:none;padding:0;margin:0;gap:4px}
.prc-Breadcrumbs-ItemWrapper-TZK4w+.prc-Breadcrumbs-ItemWrapper-TZK4w::before{content:"/";padding-right:4px;color:#59636e}
.gthhJa{display:flex;align-items:center;gap:4px;font-size:16px}
#file-name-id-wide,#sticky-file-name-id{font-size:16px;margin:0}
#repos-sticky-header{display:flex;align-items:center;gap:8px;border:1px solid #d1d9e0;border-radius:6px 6px 0 0;background:#f6f8fa;padding:8px;margin-top:16px}
#repos-sticky-header #sticky-file-name-id,#repos-sticky-header nav{display:none}
.prc-SegmentedControl-SegmentedControl-e7570{display:inline-flex;list-style:none;margin:0;padding:2px;background:#eff2f5;border-radius:6px}
.prc-SegmentedControl-Button-ojWXD{border:0;background:transparent;padding:2px 10px;border-radius:6px}
[data-selected] .prc-SegmentedControl-Button-ojWXD{background:#fff;border:1px solid #d1d9e0}
.kVWtTz{margin-left:auto}
section[aria-labelledby]{border:1px solid #d1d9e0;border-top:0;border-radius:0 0 6px 6px}
.Layout{display:flex;gap:24px;padding:24px 0}.Layout-main{flex:1;min-width:0}.Layout-sidebar{width:296px}
.container-xl{max-width:1280px;margin:0 auto;padding:0 32px}
button:empty{display:none}
.flex-justify-end{display:flex;justify-content:space-between;align-items:center}
#repo-title-component{display:flex;align-items:center;gap:8px;font-size:20px}
.Label{border:1px solid #d1d9e0;border-radius:2em;padding:0 7px;font-size:12px;color:#59636e}
.pagehead-actions{list-style:none;margin:0;padding:0;display:flex;gap:8px}
.btn{display:inline-block;padding:3px 12px;border:1px solid #d1d9e0;border-radius:6px;background:#f6f8fa;color:#1f2328;font-size:12px}
#repository-container-header{padding:16px 32px 0}
table[aria-labelledby="folders-and-files"]{width:100%;border:1px solid #d1d9e0;border-radius:6px;border-collapse:separate}
nav[aria-label="Repository files"]{border:1px solid #d1d9e0;border-bottom:0;border-radius:6px 6px 0 0;margin-top:16px;padding:8px}
nav[aria-label="Repository files"] ul{display:flex;list-style:none;margin:0;padding:0}
.DirectoryRichtextContent-module__SharedMarkdownContent--YORdJ{border:1px solid #d1d9e0;border-radius:0 0 6px 6px}
.markdown-body{font-size:16px;line-height:1.5;word-wrap:break-word;padding:32px;max-width:1012px;margin:0 auto}
.markdown-body>*:first-child{margin-top:0!important}
.markdown-body p,.markdown-body blockquote,.markdown-body ul,.markdown-body ol,.markdown-body table,.markdown-body pre,.markdown-body details{margin-top:0;margin-bottom:16px}
.markdown-body .markdown-heading{position:relative}
.markdown-body h1,.markdown-body h2,.markdown-body h3,.markdown-body h4,.markdown-body h5,.markdown-body h6{margin-top:24px;margin-bottom:16px;font-weight:600;line-height:1.25}
.markdown-body h1{font-size:2em;padding-bottom:.3em;border-bottom:1px solid #d1d9e0b3}
.markdown-body h2{font-size:1.5em;padding-bottom:.3em;border-bottom:1px solid #d1d9e0b3}
.markdown-body h3{font-size:1.25em}.markdown-body h4{font-size:1em}.markdown-body h5{font-size:.875em}.markdown-body h6{font-size:.85em;color:#59636e}
.markdown-body .anchor{float:left;margin-left:-20px;padding-right:4px;line-height:1;position:absolute;top:50%;transform:translateY(-50%)}
.markdown-body .anchor .octicon-link{visibility:hidden;fill:currentColor}
.markdown-body .markdown-heading:hover .anchor .octicon-link{visibility:visible}
.markdown-body hr{height:.25em;padding:0;margin:24px 0;background-color:#d1d9e0;border:0}
.markdown-body img{max-width:100%;box-sizing:content-box}
.markdown-body blockquote{padding:0 1em;color:#59636e;border-left:.25em solid #d1d9e0}
.markdown-body table{display:block;width:max-content;max-width:100%;overflow:auto;border-spacing:0;border-collapse:collapse}
.markdown-body td,.markdown-body th{padding:6px 13px;border:1px solid #d1d9e0}
.markdown-body pre{padding:16px;overflow:auto;font-size:85%;line-height:1.45;background:#f6f8fa;border-radius:6px}
.markdown-body code,.markdown-body tt{font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace}
`;
