// Welcome configuration of this service (served instead of the webjar's empty config.js): the header and the page
// title read "NATO Civilian Recruitment Welcome", not "Camunda Welcome".
export default {
  app: {
    name: 'Welcome',
    vendor: 'NATO Civilian Recruitment'
  }
};
