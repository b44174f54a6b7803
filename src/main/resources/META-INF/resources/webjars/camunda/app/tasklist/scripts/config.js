// Tasklist configuration of this service (served instead of the webjar's default config.js).
export default {
  app: {
    // the header reads "<vendor> <name>"
    name: 'Tasklist',
    vendor: 'NATO Civilian Recruitment'
  },
  // English and French: Tasklist follows the browser's language; the service's forms follow Tasklist
  // (locales/en.json and fr.json: Camunda's texts and ours, the HF_ keys)
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};
